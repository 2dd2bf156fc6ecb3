package dev.guanxi.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class LoginAccounts implements UserDetailsService {

    private final UserRepository users;

    LoginAccounts(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email == null ? "" : email.strip())
                .map(LoginAccount::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
