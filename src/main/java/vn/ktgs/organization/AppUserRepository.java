package vn.ktgs.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    @Query("select distinct ra.user from RoleAssignment ra where ra.role in ?1 and ra.organization.code = ?2 and ra.user.enabled = true")
    List<AppUser> findByRoleInOrg(List<Role> roles, String orgCode);

    @Query("select distinct ra.user from RoleAssignment ra where ra.role in ?1 and ra.organization.id in ?2 and ra.user.enabled = true")
    List<AppUser> findByRoleInOrgs(List<Role> roles, Collection<Long> orgIds);

    @Query("select distinct ra.user from RoleAssignment ra where ra.organization.path like concat(?1, '%') order by ra.user.username")
    List<AppUser> findWithin(String pathPrefix);
}
