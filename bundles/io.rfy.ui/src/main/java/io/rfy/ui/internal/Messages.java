package io.rfy.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * io.rfy.ui's user-visible strings: messages.properties, in Russian messages_ru.properties, chosen by the workbench's
 * locale ({@code -nl}). What the core rules report (finding messages, rule codes) and the files' contents are the same
 * in every language.
 */
public final class Messages extends NLS {

    public static String CheckLinks_title;
    public static String CheckLinks_off;
    public static String CheckLinks_noProject;
    public static String BatchCheckJob_name;
    public static String BatchCheckJob_cannotRead;
    public static String ModelUndo_undo;
    public static String ModelUndo_redo;
    public static String OpenReview_open;
    public static String OpenReview_cannotOpen;
    public static String AcceptCrossLink_label;
    public static String AcceptCrossLink_progress;
    public static String AcceptCrossLink_notAReview;
    public static String AcceptCrossLink_gone;
    public static String AddMissingReviewer_label;
    public static String AddMissingReviewer_none;
    public static String FollowRedirect_label;
    public static String FollowRedirect_noLink;
    public static String RepairReviewLink_label;
    public static String RepairReviewLink_notInBody;
    public static String ReplaceWithSuggestion_label;
    public static String ReplaceWithSuggestion_gone;
    public static String ReviewFiles_title;
    public static String ReviewFiles_unreadable;
    public static String ReviewFiles_empty;
    public static String ReviewFiles_noLine;
    public static String ReviewFiles_gone;
    public static String LinkTargets_review;
    public static String LinkTargets_reviewOf;
    public static String LinkTargets_statusBy;
    public static String LinkTargets_noStatus;
    public static String LinkTargets_reviewUnreadable;
    public static String LinkTargets_reviewNotRead;
    public static String LinkTargets_quoteAt;
    public static String LinkTargets_quoteMissing;
    public static String LinkTargets_document;
    public static String LinkTargets_documentNotRead;
    public static String LinkTargets_reviewer;
    public static String LinkTargets_reviewerNamed;
    public static String LinkTargets_noName;
    public static String LinkTargets_slack;
    public static String ReviewTextHover_noReview;
    public static String ReviewTextHover_noDocument;
    public static String ReviewTextHover_noReviewer;
    public static String LinkOperation_context;
    public static String LinkOperation_label;
    public static String LinkOperation_unsaved;
    public static String LinkOperation_notWritten;
    public static String LinkOperation_nothingToUndo;
    public static String LinkOperation_notRemoved;
    public static String LinkOperation_noReview;
    public static String Passage_none;
    public static String Passage_blanks;
    public static String ReviewsView_reading;
    public static String Mentions_unlinked;
    public static String Mentions_crossLinks;
    public static String Mentions_backlinks;
    public static String Mentions_progress;
    public static String Mentions_cannotRead;
    public static String Mentions_noReview;
    public static String Mentions_notFound;
    public static String Mentions_linksHere;
    public static String Mentions_linksTo;
    public static String Mentions_noSuchReview;
    public static String Mentions_notReviewed;
    public static String Mentions_reviewedIn;
    public static String Mentions_noDocument;
    public static String Mentions_moved;
    public static String Mentions_fuzzy;
    public static String Mentions_broken;
    public static String Mentions_quoteIn;
    public static String MentionsView_reading;
    public static String MentionsView_passage;
    public static String MentionsView_where;
    public static String MentionsView_link;
    public static String MentionsView_linkTip;
    public static String MentionsView_show;
    public static String MentionsView_open;
    public static String MentionsView_refresh;
    public static String MentionsView_refreshTip;
    public static String MentionsView_names;
    public static String MentionsView_kindReview;
    public static String MentionsView_kindPaper;
    public static String MentionsView_kindCorpus;
    public static String MentionsView_anchor;
    public static String MentionsView_anchorAt;
    public static String MentionsView_doubleClickOpen;
    public static String MentionsView_aboutUnlinked;
    public static String MentionsView_aboutLinked;
    public static String MentionsView_aboutBacklinks;
    public static String MentionsView_selectRow;
    public static String MentionsView_looking;
    public static String MentionsView_openReview;
    public static String MentionsView_counts;
    public static String MentionsView_crossLink;
    public static String MentionsView_crossLinks;
    public static String MentionsView_backlink;
    public static String MentionsView_backlinks;
    public static String MentionsView_asSaved;
    public static String MentionsView_inReview;
    public static String HabrRules_description;
    public static String HabrRules_hubs;
    public static String HabrRules_tagLength;
    public static String HabrRules_imageHosts;
    public static String HabrRules_cut;
    public static String RfyPreferencePage_text;
    public static String FileField_browse;
    public static String ImportCorpus_title;
    public static String ImportCorpus_adding;
    public static String ImportCorpus_nothingAdded;
    public static String ImportCorpus_pageTitle;
    public static String ImportCorpus_pageDescription;
    public static String ImportCorpus_documents;
    public static String ImportCorpus_document;
    public static String ImportCorpus_asRead;
    public static String ImportCorpus_folder;
    public static String ImportCorpus_add;
    public static String ImportCorpus_remove;
    public static String ImportCorpus_hint;
    public static String ImportCorpus_reading;
    public static String ImportCorpus_notReadable;
    public static String ImportCorpus_filterDocuments;
    public static String ImportCorpus_filterAll;
    public static String ImportCorpus_notAFile;
    public static String ImportCorpus_none;
    public static String ImportCorpus_isNotAFile;
    public static String NewBatch_title;
    public static String NewBatch_notCreated;
    public static String NewBatch_description;
    public static String NewBatch_period;
    public static String NewBatch_periodHint;
    public static String NewBatch_part;
    public static String NewBatch_batchTitle;
    public static String NewBatch_reviews;
    public static String NewBatch_badPeriod;
    public static String NewBatch_badPart;
    public static String NewBatch_exists;
    public static String NewBatch_noTitle;
    public static String ProjectChoice_none;
    public static String ProjectChoice_workspace;
    public static String RfyWizard_cancelled;
    public static String RfyWizard_cancelledNotDone;
    public static String StrictUtf8_tooLarge;
    public static String StrictUtf8_notUtf8;

    static {
        NLS.initializeMessages("io.rfy.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
