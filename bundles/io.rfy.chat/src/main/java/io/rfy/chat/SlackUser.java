package io.rfy.chat;

import java.util.Map;

/**
 * A person (or bot) of the export's {@code users.json}: the id messages name, the handle ({@code name}, what the
 * rubric calls "в слэке ..."), and the real name from the profile.
 */
public record SlackUser(String id, String handle, String realName, boolean bot) {

    static SlackUser of(Map<?, ?> u) {
        Map<?, ?> profile = u.get("profile") instanceof Map<?, ?> p ? p : Map.of();
        String real = text(profile.get("real_name"));
        if (real == null) {
            real = text(u.get("real_name"));
        }
        if (real == null) {
            real = text(profile.get("display_name"));
        }
        return new SlackUser((String) u.get("id"), text(u.get("name")), real,
                Boolean.TRUE.equals(u.get("is_bot")) || "USLACKBOT".equals(u.get("id")));
    }

    /** The real name, else the handle, else the id: what a reader of the review should see. */
    public String displayName() {
        return realName != null ? realName : handle != null ? handle : id;
    }

    private static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
