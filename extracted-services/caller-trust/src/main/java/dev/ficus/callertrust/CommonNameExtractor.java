package dev.ficus.callertrust;

import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.preauth.x509.X509PrincipalExtractor;

/**
 * The caller is its certificate's subject CN. Spring Security 7's
 * {@code SubjectX500PrincipalExtractor} does the same but is not in Spring Security 6,
 * which a Spring Boot 3 service has; its older {@code SubjectDnX509PrincipalExtractor} is
 * deprecated in 7. This one is a few lines of the JDK's own name parsing, on both.
 */
final class CommonNameExtractor implements X509PrincipalExtractor {

    @Override
    public Object extractPrincipal(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            for (Rdn part : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(part.getType())) {
                    return part.getValue().toString();
                }
            }
        }
        catch (InvalidNameException ex) {
            throw new BadCredentialsException("unreadable certificate subject " + subject, ex);
        }
        throw new BadCredentialsException("no CN in the certificate subject " + subject);
    }

}
