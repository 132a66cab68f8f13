package vn.hcmc.feedback.notification.catcher;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo profile's SMTP server: GreenMail, bound to one local address, keeping every mail it receives in memory
 * (nothing is relayed), so a newcomer's {@code ./mvnw spring-boot:run} sends its mails somewhere and can show them.
 * If the configured port is taken (e.g. by another copy of the application or a test run), it takes a free port
 * instead and says so; the application's mail sender is pointed at {@link #port()}.
 */
public class MailCatcher {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    /** A caught mail; {@code number} counts from 1 in order of arrival. */
    public record CaughtMail(int number, Instant receivedAt, String from, String to, String subject, String text) {
    }

    private final String bindAddress;
    private final int requestedPort;
    private GreenMail server;

    public MailCatcher(String bindAddress, int requestedPort) {
        this.bindAddress = bindAddress;
        this.requestedPort = requestedPort;
    }

    public synchronized void start() {
        ServerSetup setup = new ServerSetup(requestedPort, bindAddress, ServerSetup.PROTOCOL_SMTP);
        if (requestedPort == 0 || !free(bindAddress, requestedPort)) {
            if (requestedPort != 0) {
                log.warn("Mail catcher: port {} on {} is taken; using a free port instead", requestedPort,
                        bindAddress);
            }
            setup = setup.dynamicPort();
        }
        server = new GreenMail(setup);
        server.start();
        log.info("Mail catcher (GreenMail) listening on {}:{}; the mails it catches are at /staff/mails",
                bindAddress, port());
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public String host() {
        return bindAddress;
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The mail catcher is not running");
        }
        return server.getSmtp().getPort();
    }

    /** Every caught mail, newest first. */
    public List<CaughtMail> newestFirst() {
        List<CaughtMail> all = new ArrayList<>(inOrderOfArrival());
        java.util.Collections.reverse(all);
        return all;
    }

    /** The mail with this number (1 = the first one caught). */
    public Optional<CaughtMail> mail(int number) {
        List<CaughtMail> all = inOrderOfArrival();
        return number < 1 || number > all.size() ? Optional.empty() : Optional.of(all.get(number - 1));
    }

    private List<CaughtMail> inOrderOfArrival() {
        List<StoredMessage> stored;
        synchronized (this) {
            if (server == null) {
                return List.of();
            }
            stored = new ArrayList<>(server.getManagers().getImapHostManager().getAllMessages());
        }
        stored.sort(Comparator.comparing(StoredMessage::getReceivedDate));
        List<CaughtMail> mails = new ArrayList<>(stored.size());
        for (StoredMessage message : stored) {
            mails.add(caught(mails.size() + 1, message));
        }
        return mails;
    }

    private static CaughtMail caught(int number, StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            return new CaughtMail(number, stored.getReceivedDate().toInstant(), addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    message.getSubject() == null ? "" : message.getSubject(), text(message));
        } catch (MessagingException e) {
            throw new IllegalStateException("Caught mail " + number + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Caught mail " + number + " cannot be read", e);
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(MailCatcher::shown)
                .collect(Collectors.joining(", "));
    }

    /** {@code Name <address>} without the quotes and encoding of a header. */
    private static String shown(Address address) {
        if (address instanceof InternetAddress internet) {
            String personal = internet.getPersonal();
            return personal == null || personal.isBlank() ? internet.getAddress()
                    : personal + " <" + internet.getAddress() + ">";
        }
        return address.toString();
    }

    /** The plain-text body, decoded (charset and transfer encoding); the first text/plain part of a multipart. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean free(String bindAddress, int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(bindAddress))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
