package io.rfy.ui.navigator;

import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

import io.rfy.ui.views.ReviewsLabelProvider;
import io.rfy.ui.views.ReviewsTree;

/** The Reviews view's labels in the Project Explorer, with the node's file as the status-line description. */
public final class ReviewsNavigatorLabelProvider extends ReviewsLabelProvider implements ICommonLabelProvider {

    @Override
    public void init(ICommonContentExtensionSite site) {
        // nothing to configure
    }

    @Override
    public String getDescription(Object element) {
        if (element instanceof ReviewsTree.Node n) {
            return n.file() != null ? n.file().getFullPath().makeRelative().toString() : n.toString();
        }
        return null;
    }

    @Override
    public void restoreState(IMemento memento) {
        // stateless
    }

    @Override
    public void saveState(IMemento memento) {
        // stateless
    }
}
