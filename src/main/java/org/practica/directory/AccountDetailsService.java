package org.practica.directory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as Spring Security reads them at sign-in. A disabled account is found too,
 * so that the sign-in can say it is disabled, but only to whoever gave its right password
 * ({@link SecurityConfiguration} checks it after the password).
 */
@Component
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(CurrentUser::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
