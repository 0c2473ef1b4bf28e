package io.rfy.ui.views;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels of {@link ReviewsTree} nodes: the label, then its detail (review id and status, counts) in the quieter
 * colour Eclipse uses for such additions; a draft's status stands out so unfinished reviews are easy to spot.
 */
public class ReviewsLabelProvider extends LabelProvider implements IStyledLabelProvider {

    @Override
    public String getText(Object element) {
        return element instanceof ReviewsTree.Node n ? n.toString() : super.getText(element);
    }

    @Override
    public StyledString getStyledText(Object element) {
        if (!(element instanceof ReviewsTree.Node n)) {
            return new StyledString(getText(element));
        }
        StyledString s = new StyledString(n.label());
        if (!n.detail().isEmpty()) {
            s.append("  ");
            String status = n.status();
            if (status != null && n.detail().endsWith(status) && "draft".equals(status)) {
                String before = n.detail().substring(0, n.detail().length() - status.length());
                s.append(before, StyledString.DECORATIONS_STYLER);
                s.append(status, StyledString.COUNTER_STYLER);
            } else {
                s.append(n.detail(), n.kind() == ReviewsTree.Kind.MISSING ? StyledString.COUNTER_STYLER
                        : StyledString.DECORATIONS_STYLER);
            }
        }
        return s;
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof ReviewsTree.Node n)) {
            return null;
        }
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(switch (n.kind()) {
            case PROJECT -> org.eclipse.ui.ide.IDE.SharedImages.IMG_OBJ_PROJECT;
            case GROUP, PERIOD -> ISharedImages.IMG_OBJ_FOLDER;
            case BATCH -> ISharedImages.IMG_TOOL_COPY;
            case REVIEW -> ISharedImages.IMG_OBJ_FILE;
            case MISSING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case PROBLEM -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case LOADING -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
    }
}
