package vn.hcmc.feedback.survey;

/** How respondents are told apart: by a device token (anonymous) or by their e-mail or phone (identified). */
public enum Anonymity {
    ANONYMOUS,
    IDENTIFIED
}
