package io.rfy.validation;

/**
 * What checking one URL found.
 *
 * @param verdict the class of the answer; {@link Verdict#UNVERIFIED} is not "broken": big sites answer robots with
 *        401/403/429 or a wall, and calling their links broken is the most common false alarm of link checkers
 * @param status the last HTTP status, or 0 when there was no answer
 * @param finalUrl where a permanent redirect leads, else null
 * @param detail a phrase for people ("404 Not Found", "timed out after 5 s", "redirect loop")
 */
public record LinkStatus(String url, Verdict verdict, int status, String finalUrl, String detail) {

    public enum Verdict {
        OK, MOVED, BROKEN, UNVERIFIED, SKIPPED
    }
}
