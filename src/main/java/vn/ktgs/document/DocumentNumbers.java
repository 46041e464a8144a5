package vn.ktgs.document;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues "12-QĐ/UBKTTU": the next number of a committee's series in the year, like the clerk's register. */
@Component
public class DocumentNumbers {

    private final DocumentCounterRepository counters;
    private final Letterhead letterhead;

    DocumentNumbers(DocumentCounterRepository counters, Letterhead letterhead) {
        this.counters = counters;
        this.letterhead = letterhead;
    }

    /** The next number of a register series ("TB": notices) of the committee that owns a case, in the year of {@code date}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextOf(long ownerOrgId, LocalDate date, String series) {
        Letterhead.Issuer issuer = letterhead.of(ownerOrgId);
        return next(issuer.orgId(), date.getYear(), series, issuer.numberSuffix());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(long orgId, int year, String series, String suffix) {
        DocumentCounter counter = counters.findByOrgIdAndCounterYearAndSeries(orgId, year, series)
                .orElseGet(() -> counters.saveAndFlush(new DocumentCounter(orgId, year, series)));
        return counter.next() + "-" + series + "/" + suffix;
    }
}
