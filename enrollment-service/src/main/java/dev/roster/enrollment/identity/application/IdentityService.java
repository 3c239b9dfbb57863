package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.PasswordHash;
import dev.roster.enrollment.identity.domain.PasswordPolicy;
import dev.roster.enrollment.identity.domain.Role;
import dev.roster.enrollment.identity.domain.Session;
import dev.roster.enrollment.identity.domain.SessionId;
import dev.roster.enrollment.identity.domain.SessionToken;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.shared.Text;
import dev.roster.enrollment.shared.Timestamps;
import dev.roster.enrollment.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Sign-up, log-in with throttling, log-out, and reading accounts as their owner may. */
public class IdentityService {

    private final Learners learners;
    private final Sessions sessions;
    private final LoginFailures failures;
    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final Clock clock;
    private final ThrottledLogins throttled;
    private final PasswordHash decoy;

    public IdentityService(Learners learners, Sessions sessions, LoginFailures failures, Transactions transactions,
                           PasswordHasher hasher, PasswordPolicy policy, ThrottleLimits limits, IdGenerator ids,
                           RandomGenerator random, Clock clock, ThrottledLogins throttled) {
        this.learners = learners;
        this.sessions = sessions;
        this.failures = failures;
        this.transactions = transactions;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = new LoginThrottle(limits);
        this.ids = ids;
        this.random = random;
        this.clock = clock;
        this.throttled = throttled;
        // checked against when the email is unknown, so both answers take as long as a real check
        this.decoy = hasher.hash("decoy-password-for-unknown-emails-1A");
    }

    public Learner signUp(SignUp request) {
        return register(request, Role.LEARNER);
    }

    /**
     * Creates the configured administrator on first start; later starts find the account and leave
     * it alone (its password may have been changed since).
     */
    public Optional<Learner> bootstrapAdmin(SignUp request) {
        EmailAddress email = EmailAddress.of(request.email());
        if (learners.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(register(request, Role.ADMIN));
        } catch (EmailTakenException anotherInstanceWon) {
            return Optional.empty();
        }
    }

    private Learner register(SignUp request, Role role) {
        List<FieldError> errors = new ArrayList<>();
        EmailAddress email = null;
        try {
            email = EmailAddress.of(request.email());
        } catch (DomainException e) {
            errors.add(new FieldError("/email", e.getMessage()));
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > Learner.MAX_NAME_LENGTH) {
            errors.add(new FieldError("/name", "name must be 1 to " + Learner.MAX_NAME_LENGTH + " characters"));
        } else {
            Text.checkLine("/name", name, errors);
        }
        policy.violationsOf(request.password())
                .forEach(violation -> errors.add(new FieldError("/password", violation.message())));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Learner learner = new Learner(new LearnerId(ids.next()), email, name, hasher.hash(request.password()), role,
                false, Timestamps.now(clock));
        learners.add(learner);
        return learner;
    }

    /**
     * Checks the credentials unless the account or the client address is throttled. A wrong
     * password and an unknown email fail alike and both count as failures.
     *
     * <p>Two units of work, and the slow password check between them in none. The first admits the
     * attempt and records it as a failure: deciding and recording commit together (the advisory
     * locks that serialize a burst are held until that commit, and no longer), and they commit
     * before the check, so a concurrent burst cannot all pass on one count and the refusal of a wrong
     * password, thrown later, has nothing left to roll back: the failure stays counted. The second,
     * only on success, forgives the account and issues the session together: a session is never
     * issued with the failures still counted, nor the failures forgiven without a session.
     */
    public IssuedSession logIn(String rawEmail, String password, String clientAddress) {
        refuseWhatNoAccountCouldHave(rawEmail, password);
        Instant now = clock.instant();
        String accountKey = LoginFailures.accountKey(rawEmail);
        ThrottleDecision decision = transactions.inTransaction(
                () -> failures.admit(accountKey, clientAddress, now, throttle));
        if (decision instanceof ThrottleDecision.Blocked blocked) {
            throttled.throttled(blocked.by());
            throw new LoginThrottledException(blocked.retryAfter());
        }
        Optional<Learner> learner = findByRawEmail(rawEmail);
        boolean matches = hasher.matches(password == null ? "" : password,
                learner.map(Learner::passwordHash).orElse(decoy));
        if (learner.isEmpty() || !matches) {
            throw new InvalidCredentialsException(); // admitting it already recorded, and committed, the failure
        }
        SessionToken token = SessionToken.generate(random);
        Session session = Session.issue(new SessionId(ids.next()), learner.get().id(), token.hash(), now);
        transactions.run(() -> {
            failures.clearAccount(accountKey);
            sessions.add(session);
        });
        return new IssuedSession(learner.get().id(), token, session.expiresAt());
    }

    /**
     * Credentials no account can have, because no text may hold those characters, are refused
     * before they count as a failure: the failure is recorded under the raw email, and PostgreSQL
     * cannot store a NUL.
     */
    private static void refuseWhatNoAccountCouldHave(String rawEmail, String password) {
        List<FieldError> errors = new ArrayList<>();
        Text.checkLine("/email", rawEmail, errors);
        Text.checkLine("/password", password, errors);
        ValidationException.throwIfAny(errors);
    }

    private Optional<Learner> findByRawEmail(String rawEmail) {
        try {
            return learners.findByEmail(EmailAddress.of(rawEmail));
        } catch (DomainException notAnAddress) {
            return Optional.empty();
        }
    }

    public void logOut(SessionToken token) {
        sessions.revoke(token.hash(), clock.instant());
    }

    /** The account behind a presented token, if the token is well-formed, known, unexpired and unrevoked. */
    public Optional<Viewer.Account> authenticate(String presentedToken) {
        Instant now = clock.instant();
        return SessionToken.parse(presentedToken)
                .flatMap(token -> sessions.findByTokenHash(token.hash()))
                .filter(session -> session.isActiveAt(now))
                .flatMap(session -> learners.findById(session.learner()))
                .map(learner -> new Viewer.Account(learner.id(), learner.role()));
    }

    /**
     * A learner as the viewer may see it: their own account, or any account for a trusted
     * service. Anyone else is told it does not exist, so ids cannot be probed.
     */
    public Learner learner(LearnerId id, Viewer viewer) {
        boolean allowed = viewer instanceof Viewer.TrustedService
                || viewer.accountId().filter(id::equals).isPresent();
        if (!allowed) {
            throw new LearnerNotFoundException();
        }
        return learners.findById(id).orElseThrow(LearnerNotFoundException::new);
    }

    public Learner setMember(LearnerId id, boolean member) {
        return learners.setMember(id, member).orElseThrow(LearnerNotFoundException::new);
    }
}
