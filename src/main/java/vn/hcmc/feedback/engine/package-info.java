/**
 * Everything in this application that reaches below Camunda's public API, or adds to the engine's own schema, in
 * one place. Each piece is here because a measurement showed it was worth it; on an engine upgrade (a Camunda 7
 * minor, or the move to the Operaton fork, where {@code org.camunda.bpm} becomes {@code org.operaton.bpm}), go
 * through this list and delete what the new engine no longer needs.
 *
 * <h2>Upgrade checklist</h2>
 * <table>
 *   <caption>Engine internals, why each is worth it, what to check</caption>
 *   <tr><th>class</th><th>internal used</th><th>measured (why it exists)</th><th>check on upgrade</th></tr>
 *   <tr><td>{@link vn.hcmc.feedback.engine.LazyEntityIdCheck}</td>
 *       <td>{@code impl.db.entitymanager.DbEntityManager(Factory)}, the {@code DbEntityManager} session factory</td>
 *       <td>the eager {@code "Entity " + entity + " has an invalid id"} message was a fifth of the CPU of each
 *           escalation job (docs/handling.md)</td>
 *       <td>is {@code DbEntityManager.validateId} still protected, still building its message before the check?
 *           If the message is lazy, delete the class. Do the constructors still take
 *           ({@code IdGenerator}, {@code PersistenceSession})? {@code LazyEntityIdCheckTest} fails if the engine no
 *           longer uses the manager or accepts an invalid id.</td></tr>
 *   <tr><td>{@link vn.hcmc.feedback.engine.CachedFeelEngineFactory}, {@link vn.hcmc.feedback.engine.FeelParseOnce}</td>
 *       <td>{@code dmn.feel.impl.scala.ScalaFeelEngine#buildFeelEngine}, feel-scala's {@code FeelEngine}
 *           constructor and {@code parseExpression}/{@code parseUnaryTests}, the shaded {@code camundajar.impl.scala}
 *           {@code Either}</td>
 *       <td>re-parsing {@code report-routing.dmn} at every evaluation: routing was ~28% of the triage job's CPU,
 *           most of it parsing (docs/report-intake.md)</td>
 *       <td>does {@code ScalaFeelEngine} still build its engine in {@code buildFeelEngine(functions, valueMapper)}
 *           with {@code Configuration(false)}, and does feel-scala now cache parsed expressions itself (then delete
 *           both)? Operaton shades Scala under another package: fix the {@code Either} import. The DMN and routing
 *           tests cover the results.</td></tr>
 *   <tr><td>{@link vn.hcmc.feedback.engine.StoredPasswords} (used by {@code security.DemoPasswordGuard})</td>
 *       <td>{@code impl.persistence.entity.UserEntity} (salt and hash), {@code impl.digest.PasswordManager},
 *           {@code impl.util.EncryptionUtil}, {@code ProcessEngineConfigurationImpl}</td>
 *       <td>no figure: correctness. The public {@code IdentityService.checkPassword} counts a failed login for
 *           every miss, so the start-up check would, start after start, lock the real administrator out</td>
 *       <td>is there a public way to compare a password without counting an attempt? Then use it and delete the
 *           class. Does the user query still return {@code UserEntity}, salted as
 *           {@code EncryptionUtil.saltPassword}? {@code DemoPasswordGuardTest} fails otherwise.</td></tr>
 *   <tr><td>{@link vn.hcmc.feedback.engine.JobAcquisitionIndexes}, migrations in {@code db/engine/common} and
 *           {@code db/engine/postgresql}</td>
 *       <td>public API only, but DDL on the engine's table {@code ACT_RU_JOB} (columns {@code DUEDATE_},
 *           {@code PROCESS_INSTANCE_ID_}, {@code LOCK_OWNER_}, {@code CREATE_TIME_}) and a direct UPDATE of it</td>
 *       <td>acquisition by due date read the whole job table: 12 ms per acquisition at 12,000 jobs, 0.3–0.5 ms
 *           with the indexes (docs/handling.md)</td>
 *       <td>does the engine's own schema (its create/upgrade scripts) now index {@code DUEDATE_}? Then a migration
 *           dropping {@code FB_IDX_JOB_DUEDATE} avoids a duplicate. Did the acquisition query change (read its
 *           plan with {@code EXPLAIN} at a few thousand jobs)? Are the column names unchanged?
 *           {@code JobAcquisitionIndexesTest} checks the indexes and the due dates.</td></tr>
 *   <tr><td>{@link vn.hcmc.feedback.engine.RefusalsInTasklist}</td>
 *       <td>{@code impl.interceptor.CommandInterceptor} (a pre-command interceptor),
 *           {@code impl.form.validator.FormFieldValidationException}</td>
 *       <td>no figure: officials read "ENGINE-03051 … TaskListener" and a 500 for their own mistake; the REST APIs'
 *           {@code submit-form} answers only a form-validation failure with a 400 and its message</td>
 *       <td>does the engine still wrap a task listener's exception (ENGINE-03051)? Does {@code TaskResourceImpl.submit}
 *           still map {@code FormFieldValidationException} to 400 "Cannot submit task form …"? Is the class still
 *           there? {@code TasklistWorkTest} fails otherwise.</td></tr>
 * </table>
 *
 * <p>Why the indexes are not in {@code db/migration}: the application's Flyway runs when JPA starts, and the engine
 * creates its tables itself ({@code camunda.bpm.database.schema-update}) only when it is built, after that (on a
 * fresh database Flyway runs first and {@code ACT_RU_JOB} does not exist yet). Making Flyway wait for the engine
 * would be a cycle: the engine uses the JPA transaction manager, whose {@code EntityManagerFactory} waits for
 * Flyway. So {@code JobAcquisitionIndexes} runs a second Flyway, with its own history
 * table {@code fb_engine_schema_history}, after the engine is built. A new change to the engine's tables is a new
 * {@code V3__...} in {@code db/engine/common} (or {@code db/engine/postgresql} when PostgreSQL only), never an edit
 * of an applied one.
 *
 * <p>Not moved here, and also internal: the engine's clock utility, read by {@code system.EngineClock} alone (the
 * application's one clock, so that tests can move the engine's time) and {@code impl.identity.Authentication}
 * ({@code security.Actor}, {@code deadline.SlaPolicy}), which is what the public
 * {@code IdentityService.getCurrentAuthentication()} returns. Check them on the same upgrade.
 */
package vn.hcmc.feedback.engine;
