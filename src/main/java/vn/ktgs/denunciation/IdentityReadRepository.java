package vn.ktgs.denunciation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentityReadRepository extends JpaRepository<IdentityRead, Long> {

    List<IdentityRead> findByCommitteeOrgIdOrderByReadAtDescIdDesc(long committeeOrgId);

    List<IdentityRead> findByDenunciationIdOrderByIdAsc(long denunciationId);
}
