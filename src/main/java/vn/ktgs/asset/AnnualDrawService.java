package vn.ktgs.asset;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.*;
import java.util.Random;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;

/**
 * The annual random selection of declarants to verify (procedures.md §1i): the chair chooses a count or a share of the
 * year's list; the draw is recorded with its seed (anyone can draw again from the same list and seed and get the same
 * members), audited, and opens one verification case per member drawn. One draw per committee and year.
 */
@Service
@Transactional
public class AnnualDrawService {

    private final AnnualDrawRepository draws;
    private final DeclarantService declarants;
    private final AssetVerificationService verifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    AnnualDrawService(AnnualDrawRepository draws, DeclarantService declarants, AssetVerificationService verifications,
                      AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.draws = draws;
        this.declarants = declarants;
        this.verifications = verifications;
        this.audit = audit;
    }

    /**
     * Draws {@code count} members, or {@code sharePercent} % of the list (rounded up), never both. Bad input (a draw
     * larger than the list, a second draw for the year, a year still to come) throws {@link FormValidationException}.
     */
    public AnnualDraw draw(KtgsUser user, int year, Integer count, Integer sharePercent) {
        Grant committee = AssetScope.committee(user).filter(c -> AssetScope.draws(user, c.orgId()))
                .orElseThrow(() -> new AccessDeniedException("only the committee's chair draws the annual selection"));
        List<Declarant> pool = declarants.pool(committee.orgId(), year);
        int wanted = validate(committee.orgId(), year, count, sharePercent, pool.size());
        long seed = seeds.nextLong();
        List<Long> drawn = pick(pool.stream().map(Declarant::getMemberId).toList(), wanted, seed);
        AnnualDraw draw = draws.saveAndFlush(new AnnualDraw(committee.orgId(), year, seed, pool.size(), sharePercent, drawn,
                user.getUsername(), clock.instant()));
        audit.record(user.getUsername(), subject(committee.orgId(), year), "DRAWN",
                "seed=" + seed + "; list=" + pool.size() + "; " + (sharePercent != null ? "share=" + sharePercent + "%; " : "")
                        + "drawn=" + drawn);
        for (Long memberId : drawn) {
            verifications.open(new AssetVerificationService.Opening(committee.orgId(), memberId, year,
                    AssetVerificationTrigger.ANNUAL_SELECTION, "Lựa chọn ngẫu nhiên xác minh bản kê khai năm " + year
                            + " (lượt rút ngày " + VietnamTime.localDate(clock.instant()) + ", mã " + seed + ")",
                    draw.getId(), null, user.getUsername()));
        }
        return draw;
    }

    @Transactional(readOnly = true)
    public Optional<AnnualDraw> of(KtgsUser user, int year) {
        return AssetScope.committee(user).flatMap(c -> draws.findByCommitteeOrgIdAndDrawYear(c.orgId(), year));
    }

    private int validate(long committeeOrgId, int year, Integer count, Integer sharePercent, int poolSize) {
        if (year > VietnamTime.localDate(clock.instant()).getYear()) {
            throw FormValidationException.of("year", "asset.yearInFuture");
        }
        if (draws.findByCommitteeOrgIdAndDrawYear(committeeOrgId, year).isPresent()) {
            throw FormValidationException.of("year", "asset.alreadyDrawn", String.valueOf(year));
        }
        if (poolSize == 0) {
            throw FormValidationException.of("year", "asset.noDeclarants", String.valueOf(year));
        }
        if ((count == null) == (sharePercent == null)) {
            throw FormValidationException.of("count", "asset.countOrShare");
        }
        List<FieldError> errors = new ArrayList<>();
        if (count != null && count < 1) {
            errors.add(FieldError.of("count", "min", 1));
        } else if (count != null && count > poolSize) {
            errors.add(FieldError.of("count", "asset.drawTooLarge", String.valueOf(poolSize)));
        }
        if (sharePercent != null && (sharePercent < 1 || sharePercent > 100)) {
            errors.add(FieldError.of("share", "range", 1, 100));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        return count != null ? count : sharesOf(poolSize, sharePercent);
    }

    /** A share of the list, rounded up so that a small list still gets someone drawn. */
    static int sharesOf(int poolSize, int percent) {
        return (poolSize * percent + 99) / 100;
    }

    /**
     * The first {@code count} of a Fisher–Yates shuffle of the list driven by {@link Random} with the seed: the
     * algorithm of {@code Random} is specified, so the same list and seed give the same members anywhere.
     */
    static List<Long> pick(List<Long> pool, int count, long seed) {
        List<Long> order = new ArrayList<>(pool);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(order.size() - i);
            Collections.swap(order, i, j);
        }
        return List.copyOf(order.subList(0, count));
    }

    static String subject(long committeeOrgId, int year) {
        return "asset-draw:" + committeeOrgId + ":" + year;
    }
}
