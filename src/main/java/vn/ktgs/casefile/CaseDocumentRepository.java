package vn.ktgs.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    @Query("select new vn.ktgs.casefile.DocumentInfo(d.id, d.fileName, d.contentType, d.sizeBytes, d.sha256, "
            + "d.uploadedBy, d.uploadedAt, d.docKind, d.versionNo, d.docNumber, d.meetingDate) from CaseDocument d where d.caseId = ?1 "
            + "order by d.uploadedAt, d.id")
    List<DocumentInfo> listOfCase(Long caseId);

    @Query("select coalesce(max(d.versionNo), 0) from CaseDocument d where d.caseId = ?1 and d.fileName = ?2")
    int lastVersion(Long caseId, String fileName);

    @Query("select d.caseId from CaseDocument d where d.id = ?1")
    Optional<Long> caseOf(Long documentId);

    @Query("select d.content from CaseDocument d where d.id = ?1")
    byte[] contentOf(Long documentId);
}
