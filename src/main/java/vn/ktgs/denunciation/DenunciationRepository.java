package vn.ktgs.denunciation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DenunciationRepository extends JpaRepository<Denunciation, Long> {

    Optional<Denunciation> findByCaseId(long caseId);

    List<Denunciation> findByCommitteeOrgIdOrderByRegisteredAtDescIdDesc(long committeeOrgId);

    /** Earlier letters about the same member (any committee: a transferred copy counts too). */
    List<Denunciation> findByAccusedMemberIdAndIdNotOrderByIdAsc(long memberId, long id);

    List<Denunciation> findByAccusedOrgIdAndIdNotOrderByIdAsc(long orgId, long id);

    @Query("select d from Denunciation d where d.accusedMemberId is null and d.accusedOrgId is null and lower(d.accusedName) = lower(?1) and d.id <> ?2 order by d.id")
    List<Denunciation> sameNamedAccused(String name, long id);

    List<Denunciation> findByAccusedMemberIdIn(Collection<Long> memberIds);
}
