package nl.rechtshulp.request;

/** The four sub-goals of the 2022 policy letter (Kamerstuk 29 911 nr. 355), used to count requests in reports. */
public enum PolicySubGoal {
    UPSTREAM_DISRUPTION, LOGISTIC_HUBS, DOWNSTREAM_DISRUPTION, CRIMINAL_MONEY_FLOWS
}
