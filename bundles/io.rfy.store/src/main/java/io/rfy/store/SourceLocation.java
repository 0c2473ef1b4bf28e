package io.rfy.store;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where an object and its features were written in the file it was read from, so that validation can point
 * at a line. Attached by the store's resources as an adapter; positions are 1-based lines and columns.
 */
public final class SourceLocation extends AdapterImpl {

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    private final Position position;
    private Map<EStructuralFeature, Position> features;
    private Map<EStructuralFeature, java.util.List<Position>> items;

    private SourceLocation(Position position) {
        this.position = position;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == SourceLocation.class;
    }

    static void record(EObject object, Position position) {
        object.eAdapters().add(new SourceLocation(position));
    }

    static void record(EObject object, EStructuralFeature feature, Position position) {
        SourceLocation location = get(object);
        if (location == null) {
            location = new SourceLocation(position);
            object.eAdapters().add(location);
        }
        if (location.features == null) {
            location.features = new HashMap<>(8);
        }
        location.features.put(feature, position);
    }

    static void recordItems(EObject object, EStructuralFeature feature, java.util.List<Position> positions) {
        SourceLocation location = get(object);
        if (location == null || positions.isEmpty()) {
            return;
        }
        if (location.items == null) {
            location.items = new HashMap<>(4);
        }
        location.items.put(feature, positions);
    }

    private static SourceLocation get(EObject object) {
        for (Adapter a : object.eAdapters()) {
            if (a instanceof SourceLocation s) {
                return s;
            }
        }
        return null;
    }

    /** The position of the object itself, or of the nearest container that has one; null when unknown. */
    public static Position of(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            SourceLocation location = get(o);
            if (location != null) {
                return location.position;
            }
        }
        return null;
    }

    /** The position of a feature's value, falling back to the object's position. */
    public static Position of(EObject object, EStructuralFeature feature) {
        SourceLocation location = get(object);
        if (location != null && location.features != null && location.features.containsKey(feature)) {
            return location.features.get(feature);
        }
        return of(object);
    }

    /** The position of one item of a many-valued feature, falling back to the feature's position. */
    public static Position of(EObject object, EStructuralFeature feature, int index) {
        SourceLocation location = get(object);
        if (location != null && location.items != null) {
            java.util.List<Position> positions = location.items.get(feature);
            if (positions != null && index >= 0 && index < positions.size()) {
                return positions.get(index);
            }
        }
        return of(object, feature);
    }
}
