package io.rfy.validation;

import java.net.http.HttpHeaders;
import java.util.Locale;

/**
 * Recognises answers that say "you look like a robot" rather than anything about the page: they must count as
 * unverified, because calling such links broken is the false alarm users of link checkers complain about most.
 * Only headers are looked at (the checker never reads bodies).
 */
final class BotWall {

    private BotWall() {
    }

    /** Why the answer is a wall, or null when it is an ordinary answer that can be judged by its status. */
    static String reason(int status, HttpHeaders headers) {
        if (status == 401 || status == 403 || status == 429) {
            return status + ": the site refuses robots";
        }
        // LinkedIn's answer to anything it takes for a crawler
        if (status == 999) {
            return "999: the site refuses robots";
        }
        // Cloudflare marks its challenge pages so, whatever status they carry
        if (headers.firstValue("cf-mitigated").map(v -> v.equalsIgnoreCase("challenge")).orElse(false)) {
            return status + ": a Cloudflare challenge page";
        }
        // older Cloudflare and DDoS-Guard "checking your browser" pages answer 503 from the protection's own server
        String server = headers.firstValue("server").orElse("").toLowerCase(Locale.ROOT);
        if (status == 503 && (server.contains("cloudflare") || server.contains("ddos-guard"))) {
            return "503 from " + server + ": a browser check, not the page";
        }
        return null;
    }
}
