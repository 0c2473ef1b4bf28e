package io.rfy.chat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.rfy.habr.ReviewHeader;
import io.rfy.habr.ReviewIds;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;

/**
 * The reviews of one channel of a Slack export. Each top-level message (no thread reply, no join/leave, bot or
 * deleted message) whose first lines are a review header as the rubric writes it (a title line, then
 * {@code Авторы статьи[ N]: ...}) becomes a draft review: papers from the header, the body converted to
 * CommonMark (rich-text blocks preferred over the mrkdwn text), attached images as figures, and the message's
 * author as the reviewer. Every other message is listed as skipped, with the reason.
 */
public final class SlackCapture {

    /** A message that became a review. */
    public record Captured(SlackMessage message, Review review, Reviewer reviewer, String permalink, List<String> notes) {
    }

    /**
     * A message that did not, and why. {@code date} is the day (UTC), {@code firstWords} the start of its text as
     * Markdown (people by name), at most 60 characters.
     */
    public record Skipped(String date, String author, String firstWords, String why, String dayFile) {

        @Override
        public String toString() {
            return date + " " + author + " «" + firstWords + "»: " + why;
        }
    }

    /** What was read: the channel, its reviews and skipped messages in date order, and how many messages there were. */
    public record Result(SlackExport.Channel channel, List<Captured> reviews, List<Skipped> skipped, int messages,
            int dayFiles) {
    }

    private static final java.util.regex.Pattern EMPHASIS = java.util.regex.Pattern.compile("(?<!\\\\)[*~]");
    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("\\\\([\\\\`*_\\[\\]<>#~])");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final SlackExport export;
    private final Mrkdwn mrkdwn;
    private final RichText richText;
    /** One Reviewer per author, so reviewers.yaml gets each once. */
    private final Map<String, Reviewer> reviewers = new LinkedHashMap<>();

    private SlackCapture(SlackExport export) {
        this.export = export;
        Map<String, String> channelNames = new LinkedHashMap<>();
        export.channels().forEach(c -> channelNames.put(c.id(), c.name()));
        this.mrkdwn = new Mrkdwn(export.users(), channelNames);
        this.richText = new RichText(export.users(), channelNames);
    }

    /**
     * Reads the reviews of {@code channel} posted from {@code from} to {@code to} (UTC days, both included; null:
     * no bound).
     *
     * @throws IOException the channel is not in the export, or a day file cannot be read (named with the position)
     */
    public static Result read(SlackExport export, String channel, LocalDate from, LocalDate to, IProgressMonitor monitor)
            throws IOException {
        SlackExport.Channel c = export.channel(channel);
        if (c == null) {
            throw new SlackExport.BadExportException(export.source() + ": no channel '" + channel + "' (the export has: "
                    + String.join(", ", export.channels().stream().map(SlackExport.Channel::name).toList()) + ")");
        }
        return new SlackCapture(export).read(c, from, to, monitor == null ? new NullProgressMonitor() : monitor);
    }

    private Result read(SlackExport.Channel channel, LocalDate from, LocalDate to, IProgressMonitor monitor)
            throws IOException {
        List<String> days = export.dayFiles(channel, from, to);
        monitor.beginTask("Reading #" + channel.name(), days.size());
        List<Captured> reviews = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int count = 0;
        try {
            for (String day : days) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                monitor.subTask(day);
                List<SlackMessage> messages = export.messages(day);
                count += messages.size();
                for (SlackMessage m : messages) {
                    capture(channel, m, from, to, reviews, skipped);
                }
                monitor.worked(1);
            }
        } finally {
            monitor.done();
        }
        return new Result(channel, reviews, skipped, count, days.size());
    }

    private void capture(SlackExport.Channel channel, SlackMessage m, LocalDate from, LocalDate to,
            List<Captured> reviews, List<Skipped> skipped) {
        ZonedDateTime time = m.time();
        String why = reasonToSkip(m, time);
        if (why == null && time != null && (from != null && time.toLocalDate().isBefore(from)
                || to != null && time.toLocalDate().isAfter(to))) {
            return; // a day file is a UTC day, so this does not happen in Slack's own exports
        }
        String markdown = why != null ? null : body(m);
        if (why == null && markdown.isBlank()) {
            why = "no text";
        }
        if (why != null) {
            // only the first words are listed: convert the start of the text, not all of it
            String start = m.text().length() > 400 ? m.text().substring(0, 400) : m.text();
            skipped.add(skip(m, time, why, markdown != null ? markdown : mrkdwn.toMarkdown(start)));
            return;
        }
        List<String> lines = new ArrayList<>(List.of(markdown.split("\n", -1)));
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || ReviewHeader.isAuthorsLine(plain(lines.get(i)))) {
            skipped.add(skip(m, time, "no title line before «Авторы статьи»", markdown));
            return;
        }
        List<String> titles = ReviewHeader.titles(plain(lines.get(i)));
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        List<Paper> papers = new ArrayList<>();
        for (; j < lines.size() && ReviewHeader.isAuthorsLine(plain(lines.get(j))); j++) {
            papers.add(ReviewHeader.paper(plain(lines.get(j)), titles, papers.size()));
        }
        if (papers.isEmpty()) {
            skipped.add(skip(m, time, "not a review: no «Авторы статьи: ...» line after the first line", markdown));
            return;
        }
        List<String> notes = new ArrayList<>();
        for (int k = papers.size(); k < titles.size(); k++) {
            notes.add("the title line names " + titles.size() + " papers, the header has authors for " + papers.size());
            break;
        }
        if (j < lines.size() && ReviewHeader.isLinkLine(lines.get(j))) {
            for (String label : ReviewHeader.readLinks(lines.get(j), papers)) {
                notes.add("'" + unescape(label) + "' has no URL in the message; fill it in by hand");
            }
            papers.forEach(p -> p.getLinks().forEach(l -> l.setLabel(unescape(l.getLabel()))));
            j++;
        } else {
            notes.add("no link line («Оригинал статьи» with its URL) after the authors");
        }
        if (j < lines.size() && ReviewHeader.isReviewerLine(plain(lines.get(j)))) {
            j++; // the author of the message is the reviewer; the line repeats it
        }
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        StringBuilder body = new StringBuilder(String.join("\n", lines.subList(j, lines.size())).strip());
        for (SlackMessage.SlackFile f : m.files()) {
            if (f.url() == null) {
                notes.add("the attached file '" + f.name() + "' has no URL in the export; not taken over");
                continue;
            }
            String name = f.name() == null ? "" : Mrkdwn.escape(f.name()).replace("]", "\\]");
            body.append(body.length() > 0 ? "\n\n" : "").append(f.isImage() ? "!" : "").append('[').append(name)
                    .append("](").append(f.url().replace(" ", "%20").replace(")", "%29")).append(')');
            if (f.isImage()) {
                notes.add("figure '" + f.name() + "' is on Slack (" + host(f.url()) + "): re-host it on habrastorage"
                        + " before publishing");
            }
        }
        Review review = RfyFactory.eINSTANCE.createReview();
        review.setStatus(ReviewStatus.DRAFT);
        review.getPapers().addAll(papers);
        review.setBody(body.length() == 0 ? "" : body + "\n");
        review.setPeriod(String.format(Locale.ROOT, "%04d-%02d", time.getYear(), time.getMonthValue()));
        review.setId(ReviewIds.of(papers.get(0)));
        Reviewer reviewer = reviewer(m, notes);
        review.setReviewer(reviewer);
        reviews.add(new Captured(m, review, reviewer, permalink(channel, m.ts()), notes));
    }

    /** Why a message is not a review candidate at all, or null. */
    private String reasonToSkip(SlackMessage m, ZonedDateTime time) {
        if (m.ts() == null || time == null) {
            return "no valid ts (message " + (m.index() + 1) + " of " + m.dayFile() + ")";
        }
        if (m.isThreadReply()) {
            return "a reply in a thread";
        }
        String subtype = m.subtype();
        if ("tombstone".equals(subtype) || "message_deleted".equals(subtype)) {
            return "deleted";
        }
        if ("bot_message".equals(subtype) || m.user() == null && m.botId() != null
                || m.user() != null && export.users().containsKey(m.user()) && export.users().get(m.user()).bot()) {
            return "a bot's message";
        }
        if (subtype != null && subtype.startsWith("channel_") || "group_join".equals(subtype) || "group_leave".equals(subtype)) {
            return "a channel event (" + subtype + ")";
        }
        if (subtype != null && !"file_share".equals(subtype) && !"me_message".equals(subtype)
                && !"thread_broadcast".equals(subtype)) {
            return "a " + subtype + " message";
        }
        if (m.user() == null) {
            return "no author";
        }
        return null;
    }

    private String body(SlackMessage m) {
        String fromBlocks = m.blocks() == null ? null : richText.toMarkdown(m.blocks());
        return fromBlocks != null && !fromBlocks.isBlank() ? fromBlocks : mrkdwn.toMarkdown(m.text());
    }

    private Reviewer reviewer(SlackMessage m, List<String> notes) {
        Reviewer known = reviewers.get(m.user());
        if (known != null) {
            return known;
        }
        SlackUser user = export.users().get(m.user());
        String name;
        String handle;
        if (user != null) {
            name = user.displayName();
            handle = user.handle();
        } else {
            name = m.profileName() != null ? m.profileName() : m.user();
            handle = m.profileHandle() != null ? m.profileHandle() : m.user();
            notes.add("the author " + m.user() + " is not in users.json; named '" + name + "' from the message");
        }
        Reviewer r = RfyFactory.eINSTANCE.createReviewer();
        r.setName(name);
        r.setSlack(handle);
        r.setId(ReviewIds.reviewerId(name, handle));
        reviewers.put(m.user(), r);
        return r;
    }

    private Skipped skip(SlackMessage m, ZonedDateTime time, String why, String text) {
        SlackUser user = m.user() == null ? null : export.users().get(m.user());
        String author = user != null ? user.displayName() : m.profileName() != null ? m.profileName()
                : m.user() != null ? m.user() : m.botId() != null ? m.botId() : "?";
        String words = text == null ? "" : WHITESPACE.matcher(text.length() > 400 ? text.substring(0, 400) : text)
                .replaceAll(" ").strip();
        if (words.length() > 60) {
            words = words.substring(0, 60) + "…";
        }
        return new Skipped(time == null ? "?" : time.toLocalDate().toString(), author, words, why, m.dayFile());
    }

    /** A message's link; Slack's archive URLs redirect to the workspace when opened by a member. */
    static String permalink(SlackExport.Channel channel, String ts) {
        return "https://slack.com/archives/" + (channel.id().isEmpty() ? channel.name() : channel.id()) + "/p"
                + ts.replace(".", "");
    }

    /** Header text without CommonMark's escapes, as the rubric's lines read. */
    private static String plain(String line) {
        return unescape(EMPHASIS.matcher(line.replace("**", "")).replaceAll(""));
    }

    private static String unescape(String s) {
        return s.indexOf('\\') < 0 ? s : ESCAPED.matcher(s).replaceAll("$1");
    }

    private static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
