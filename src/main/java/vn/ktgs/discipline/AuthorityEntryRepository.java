package vn.ktgs.discipline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.ktgs.organization.OrgLevel;

interface AuthorityEntryRepository extends JpaRepository<AuthorityEntry, Long> {

    boolean existsByBodyLevelAndSubjectKindAndForm(OrgLevel level, DisciplineSubjectKind kind, DisciplineForm form);

    Optional<AuthorityEntry> findByBodyLevelAndSubjectKindAndForm(OrgLevel level, DisciplineSubjectKind kind, DisciplineForm form);

    List<AuthorityEntry> findAllByOrderByBodyLevelAscSubjectKindAscFormAsc();
}
