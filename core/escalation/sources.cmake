# Escalation: policies, the pure Escalator, the service that runs it and the notifiers.
target_sources(dutydesk_core PRIVATE
    escalation/escalation_policy.cpp escalation/escalation_policy.h
    escalation/escalator.cpp escalation/escalator.h
    escalation/escalation_service.cpp escalation/escalation_service.h
    escalation/notifier.cpp escalation/notifier.h
    escalation/roster_directory.cpp escalation/roster_directory.h
)
