package vn.hcmc.feedback.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The official logged in to Tasklist (or Cockpit) is logged in here too: a request that carries the Camunda webapps'
 * session, with a login for the default engine, runs as that user with their Camunda groups as authorities
 * ({@code GROUP_<groupId>}), the same authorities HTTP Basic gives. So a staff page opened from a Tasklist form asks
 * for no second login. The session is only read, never created; the groups are the ones the webapps hold for the
 * session (Camunda refreshes them itself).
 */
public class WebappSessionLogin extends OncePerRequestFilter {

    static final String ENGINE = "default";

    /** The async dispatch that ends a streamed answer (a CSV) is authorized again: the caller is read again too. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        if (context.getAuthentication() == null || !context.getAuthentication().isAuthenticated()) {
            UserAuthentication login = login(request);
            if (login != null) {
                List<GrantedAuthority> authorities = login.getGroupIds() == null ? List.of()
                        : login.getGroupIds().stream().<GrantedAuthority>map(group -> new SimpleGrantedAuthority(
                                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + group)).toList();
                SecurityContext loggedIn = SecurityContextHolder.createEmptyContext();
                loggedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login.getIdentityId(),
                        null, authorities));
                SecurityContextHolder.setContext(loggedIn);
            }
        }
        chain.doFilter(request, response);
    }

    /** The webapps' login of the request's session for the default engine, or null. */
    static UserAuthentication login(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        if (logins != null && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication login
                && login.getIdentityId() != null) {
            return login;
        }
        return null;
    }
}
