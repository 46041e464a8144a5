package vn.ktgs.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseIdOrderByUploadedAtAsc(Long caseId);
}
