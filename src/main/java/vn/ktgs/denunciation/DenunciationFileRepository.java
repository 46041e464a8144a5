package vn.ktgs.denunciation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DenunciationFileRepository extends JpaRepository<DenunciationFile, Long> {

    List<DenunciationFile> findByDenunciationIdOrderByIdAsc(long denunciationId);

    boolean existsByDenunciationIdAndKind(long denunciationId, DenunciationFile.Kind kind);
}
