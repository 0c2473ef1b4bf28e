package io.rfy.metadata;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.rfy.store.json.JsonTree;

/** A service's JSON answer, parsed strictly, with the few ways of walking it the readers need. */
final class JsonAnswer {

    private JsonAnswer() {
    }

    static Object parse(String service, String body, String what) throws MetadataException {
        try {
            return JsonTree.parse(body, "");
        } catch (IOException e) {
            // JsonTree says ":line:column: what"
            String where = e.getMessage().replaceFirst("^:(\\d+):(\\d+): ", "line $1, column $2: ");
            throw new MetadataException(service + "'s answer for " + what + " is not JSON (" + where
                    + "); nothing was written");
        }
    }

    /** The value at the path of keys (and list indexes), or null where the path does not exist. */
    static Object at(Object node, Object... path) {
        Object at = node;
        for (Object step : path) {
            if (step instanceof String key && at instanceof Map<?, ?> map) {
                at = map.get(key);
            } else if (step instanceof Integer i && at instanceof List<?> list && i < list.size()) {
                at = list.get(i);
            } else {
                return null;
            }
        }
        return at;
    }

    static String string(Object node, Object... path) {
        Object v = at(node, path);
        return v instanceof String s && !s.isBlank() ? ArxivFeed.oneLine(s) : null;
    }

    static List<?> list(Object node, Object... path) {
        Object v = at(node, path);
        return v instanceof List<?> l ? l : List.of();
    }

    static Integer integer(Object node, Object... path) {
        Object v = at(node, path);
        return v instanceof Double d && d == Math.rint(d) ? Integer.valueOf(d.intValue()) : null;
    }
}
