package io.rfy.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** How references between workspace files are named: by id, in the files and in proxy URIs. */
public final class Ids {

    /** Reviews are found by id wherever their period folder is; the loader maps these URIs to the files. */
    static final String REVIEW_SCHEME = "rfy";

    private Ids() {
    }

    /**
     * {@code rfy:/review/<id>#<id>}: a review by id, independent of the folder it lives in. The segment is the id
     * escaped (a batch may list any text as an id, such as {@code ju/ebox}, which then names no review); the fragment
     * is the id as written, which {@link #of} reads back.
     */
    static URI reviewUri(String id) {
        return URI.createHierarchicalURI(REVIEW_SCHEME, null, null, new String[] {"review", URI.encodeSegment(id, false)},
                null, id);
    }

    /** The id a reference points at, without resolving it: a proxy's fragment, or the target's id. */
    public static String of(EObject owner, EReference reference) {
        EObject target = (EObject) owner.eGet(reference, false);
        return target == null ? null : of(target);
    }

    /** The id of an object, or the id a proxy stands for. */
    public static String of(EObject target) {
        return target.eIsProxy() ? ((InternalEObject) target).eProxyURI().fragment() : EcoreUtil.getID(target);
    }

    /** The file name without its extension: the id of a review or batch file. */
    static String stem(URI uri) {
        return WorkspaceLayout.idOf(uri.lastSegment() == null ? "" : URI.decode(uri.lastSegment()));
    }
}
