package vn.ktgs.kernel;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Text as search compares it: Vietnamese without tone marks or case ("Nguyễn Văn Đức" → "nguyen van duc"), by ICU's
 * Latin-ASCII transliterator, which also folds "đ". A folded column is written with each row, so a search needs no
 * database function and works the same on H2 and MySQL.
 */
public final class TextFold {

    /** A Transliterator is not safe for concurrent use: one per thread. */
    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII; Lower"));

    /** The escape character of the LIKE patterns below (not a backslash, which MySQL also reads in string literals). */
    public static final char ESCAPE = '!';

    private TextFold() {
    }

    /** The parts folded and joined by a space, blanks skipped; null when there is nothing. */
    public static String fold(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : FOLD.get().transliterate(joined).replaceAll("\\s+", " ");
    }

    /** The same for a column of {@code max} characters: cut to fit, and "" rather than null (a row is folded once). */
    public static String foldTo(int max, String... parts) {
        String folded = fold(parts);
        return folded == null ? "" : folded.length() <= max ? folded : folded.substring(0, max);
    }

    /**
     * One {@link #containsPattern} per word of {@code query}: a row matches when it holds every word, in any order
     * ("lap ke hoach KTDH-2026" finds the plan step of that case). Empty for a blank query.
     */
    public static List<String> wordPatterns(String query) {
        String folded = query == null ? null : fold(query);
        return folded == null ? List.of() : Arrays.stream(folded.split(" ")).distinct().map(TextFold::containsPattern).toList();
    }

    /**
     * A LIKE pattern that finds {@code query} anywhere in a folded column, its own % and _ taken literally (use with
     * {@code escape '!'}); null for a blank query (no condition).
     */
    public static String containsPattern(String query) {
        String folded = query == null ? null : fold(query);
        if (folded == null) {
            return null;
        }
        return "%" + escapeLike(folded) + "%";
    }

    /** {@code text} with its %, _ and ! taken literally by a LIKE with {@code escape '!'}. */
    public static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }
}
