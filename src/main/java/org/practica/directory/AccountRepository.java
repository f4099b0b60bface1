package org.practica.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, Long id);

	@Query("select a.email from Account a where a.email in :emails")
	List<String> findExistingEmails(@Param("emails") Collection<String> emails);

	/**
	 * The language the person reads mail in. A statement of its own, not a change of the
	 * entity: it raises no version, so that switching languages never collides with an
	 * admin's edit.
	 */
	@Modifying
	@Query("update Account a set a.language = :language where a.id = :id and a.language <> :language")
	int chooseLanguage(@Param("id") Long id, @Param("language") String language);

	/** Writes pending changes now, so that a unique key refuses them here. */
	void flush();

	@Query("select a.username from Account a where a.username in :usernames")
	List<String> findExistingUsernames(@Param("usernames") Collection<String> usernames);

	/**
	 * Accounts whose home organisation or any role lies in the subtree at {@code path}.
	 */
	@Query("""
			select distinct a from Account a left join a.grants g
			where (a.organisationId in (select o.id from Organisation o where o.path like concat(:path, '%'))
			       or g.organisationPath like concat(:path, '%'))
			  and (:q is null or lower(a.username) like :q or lower(a.displayName) like :q)
			""")
	Page<Account> findInSubtree(@Param("path") String path, @Param("q") String q, Pageable pageable);

	@Query("select a from Account a where :q is null or lower(a.username) like :q or lower(a.displayName) like :q")
	Page<Account> search(@Param("q") String q, Pageable pageable);

	long count();

	boolean existsByIdFingerprintAndIdNot(String idFingerprint, Long id);

	@Query("select a.idFingerprint from Account a where a.idFingerprint in :fingerprints")
	List<String> findExistingFingerprints(@Param("fingerprints") Collection<String> fingerprints);

	/** The fingerprints among these held by more than one account. */
	@Query("select a.idFingerprint from Account a where a.idFingerprint in :fingerprints "
			+ "group by a.idFingerprint having count(a) > 1")
	List<String> findSharedFingerprints(@Param("fingerprints") Collection<String> fingerprints);

	@Query("select distinct a.id from Account a join a.grants g where g.role = :role and g.organisationPath = :path")
	List<Long> findHolding(@Param("role") Role role, @Param("path") String path);

	@Query("select distinct a.id from Account a join a.grants g where g.role = :role and g.organisationPath like :prefix")
	List<Long> findHoldingUnder(@Param("role") Role role, @Param("prefix") String prefix);

	@Query("select distinct a.id from Account a join a.grants g where g.role in :roles and g.organisationPath = :path")
	List<Long> findHoldingAny(@Param("roles") Collection<Role> roles, @Param("path") String path);

	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select a.id from Account a where a.id = :id")
	Optional<Long> lockById(@Param("id") Long id);

}
