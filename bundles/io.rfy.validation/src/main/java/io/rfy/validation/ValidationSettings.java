package io.rfy.validation;

/**
 * What DOMAIN-NOTES marks as unknown or a matter of policy, as settings rather than constants.
 *
 * @param maxHubs Habr allows 1-5 hubs (or a company blog and up to 4 hubs)
 * @param maxTagLength the longest tag accepted (Habr's real limit is not published)
 * @param imageHosts hosts figures may be served from
 * @param checkCut whether to export each batch for Habr and check its cut (the dearest rule)
 */
public record ValidationSettings(int maxHubs, int maxTagLength, java.util.List<String> imageHosts, boolean checkCut) {

    public static ValidationSettings defaults() {
        return new ValidationSettings(5, 25, java.util.List.of("habrastorage.org"), true);
    }
}
