package vn.ktgs.document;

import java.util.List;

/**
 * A feature's documents: each feature that drafts documents declares them in one bean of this type, so that
 * {@code document} renders, numbers and stores them without knowing any feature.
 */
public interface DocumentTemplates {

    List<DocumentTemplate> templates();
}
