package vn.ktgs.supervision;

import jakarta.persistence.*;

/**
 * The bytes of an observation's attached document: a second, read-on-download view of the same
 * {@code supervision_observation} row. {@link Observation} does not map the column, because Hibernate ignores
 * {@code @Basic(fetch = LAZY)} without bytecode enhancement (which we do not use) and would load the file with
 * every observation; this entity is loaded only when someone downloads the file. Same row, so no migration.
 */
@Entity
@Table(name = "supervision_observation")
class ObservationFile {

    @Id
    private Long id;
    @Lob
    @Column(name = "document_content", length = org.hibernate.Length.LONG32) // longblob on MySQL, as V18 made it
    private byte[] content;

    protected ObservationFile() {
    }

    /** Sets the bytes on the observation's row (saved at the transaction's flush). */
    void store(byte[] bytes) {
        this.content = bytes;
    }

    byte[] content() {
        return content;
    }
}
