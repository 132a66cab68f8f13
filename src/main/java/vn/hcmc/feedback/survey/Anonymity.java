package vn.hcmc.feedback.survey;

/**
 * How respondents are told apart: by a device token (anonymous), by their e-mail or phone (identified), or by a phone
 * proven with a one-time code sent to it by SMS (verified phone: anonymous in the results, one answer per phone).
 */
public enum Anonymity {
    ANONYMOUS,
    IDENTIFIED,
    VERIFIED_PHONE
}
