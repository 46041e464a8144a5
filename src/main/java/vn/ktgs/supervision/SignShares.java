package vn.ktgs.supervision;

import java.util.*;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.inspection.ViolationSource;
import vn.ktgs.organization.KtgsUser;

/**
 * The province's two measures on signs of violation (seed 004, targets (3) and (6) of the inspection committees),
 * for one committee and the year a sign was raised in:
 * <ul>
 * <li>found proactively: signs whose source is data analysis, regular or thematic supervision, among all signs
 *     (target: more than 15%);</li>
 * <li>inspected: signs turned into an inspection among the signs not dismissed — a dismissed sign was judged by the
 *     standing members not to be a sign of violation; one still awaiting a decision counts as not inspected
 *     (target: 100%).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class SignShares {

    public static final Set<ViolationSource> PROACTIVE = EnumSet.of(ViolationSource.DATA_ANALYSIS,
            ViolationSource.REGULAR_SUPERVISION, ViolationSource.THEMATIC_SUPERVISION);
    /** More than this share of signs should be found proactively. */
    public static final double PROACTIVE_TARGET = 0.15;
    public static final double INSPECTED_TARGET = 1.0;

    public record Figures(Map<ViolationSource, Integer> bySource, int inspected, int dismissed, int awaiting) {

        public int total() {
            return bySource.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int proactive() {
            return PROACTIVE.stream().mapToInt(s -> bySource.getOrDefault(s, 0)).sum();
        }

        public OptionalDouble proactiveShare() {
            return total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(proactive() / (double) total());
        }

        public OptionalDouble inspectedShare() {
            int counted = inspected + awaiting;
            return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(inspected / (double) counted);
        }

        public boolean proactiveBelowTarget() {
            return proactiveShare().isPresent() && proactiveShare().getAsDouble() <= PROACTIVE_TARGET;
        }

        public boolean inspectedBelowTarget() {
            return inspectedShare().isPresent() && inspectedShare().getAsDouble() < INSPECTED_TARGET;
        }
    }

    private final SignService signs;

    SignShares(SignService signs) {
        this.signs = signs;
    }

    /** The figures of the user's committee for the year the signs were raised in. */
    public Figures of(KtgsUser user, int year) {
        return of(signs.ofYear(user, year));
    }

    /** The figures of signs already read (the supervision page lists the same signs). */
    public static Figures of(List<ViolationSign> list) {
        Map<ViolationSource, Integer> bySource = new EnumMap<>(ViolationSource.class);
        int inspected = 0, dismissed = 0, awaiting = 0;
        for (ViolationSign s : list) {
            bySource.merge(s.getSource(), 1, Integer::sum);
            switch (s.getStatus()) {
                case INSPECTED -> inspected++;
                case DISMISSED -> dismissed++;
                case AWAITING -> awaiting++;
            }
        }
        return new Figures(bySource, inspected, dismissed, awaiting);
    }
}
