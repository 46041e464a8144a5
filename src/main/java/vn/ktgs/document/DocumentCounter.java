package vn.ktgs.document;

import jakarta.persistence.*;

/** The last number a committee issued in a series (QĐ, KH …) in a year: its register of outgoing documents. */
@Entity
@Table(name = "document_counter")
class DocumentCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orgId;
    private int counterYear;
    private String series;
    private int lastNumber;

    protected DocumentCounter() {
    }

    DocumentCounter(long orgId, int counterYear, String series) {
        this.orgId = orgId;
        this.counterYear = counterYear;
        this.series = series;
    }

    int next() {
        return ++lastNumber;
    }
}
