package vn.ktgs.document;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues "12-QĐ/UBKTTU": the next number of a committee's series in the year, like the clerk's register. */
@Component
class DocumentNumbers {

    private final DocumentCounterRepository counters;

    DocumentNumbers(DocumentCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(long orgId, int year, String series, String suffix) {
        DocumentCounter counter = counters.findByOrgIdAndCounterYearAndSeries(orgId, year, series)
                .orElseGet(() -> counters.saveAndFlush(new DocumentCounter(orgId, year, series)));
        return counter.next() + "-" + series + "/" + suffix;
    }
}
