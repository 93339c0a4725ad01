package th.go.dga.standards.hearing;

import java.util.List;

/**
 * One page of a hearing's comments, in the order they arrived, with the counts the page shows beside it.
 *
 * @param comments the comments on this page
 * @param number   the page's number, from 1; a page past the last is read as the last
 * @param size     how many comments a page holds
 * @param matching how many comments match the filter, on every page
 * @param all      how many comments the hearing has
 * @param answered how many of them have a disposition
 */
public record CommentPage(List<Comment> comments, int number, int size, long matching, long all, long answered) {

    public CommentPage {
        comments = List.copyOf(comments);
    }

    public long notAnswered() {
        return all - answered;
    }

    public long pages() {
        return Math.max(1, (matching + size - 1) / size);
    }

    public boolean hasNext() {
        return number < pages();
    }
}
