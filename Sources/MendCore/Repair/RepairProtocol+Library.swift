extension RepairProtocol {
    /// Mend's default: the nine-step repair conversation from PRODUCT.md.
    public static let nineStep = RepairProtocol(
        id: "mend-nine-step",
        name: "Repair conversation",
        summary: "Nine steps from naming the distance to reconnecting, with each of you fully heard in turn.",
        steps: [
            ProtocolStep(
                id: "name-it", title: "Name it",
                guidance:
                    "Say what you're noticing between you, in a sentence or two. Start with \"I'm noticing…\" rather than what they did.",
                actor: .both, input: .message
            ),
            ProtocolStep(
                id: "activation", title: "How activated are you?",
                guidance: "Rate how stirred up you feel right now, from 0 (calm) to 10 (flooded). There's no wrong number.",
                actor: .both, input: .rating
            ),
            ProtocolStep(
                id: "benefit-of-the-doubt", title: "Benefit of the doubt",
                guidance: "Before you begin: can you hold that your partner is doing the best they can, even if it hurt?",
                actor: .both, input: .confirmation
            ),
            ProtocolStep(
                id: "who-goes-first", title: "Who goes first",
                guidance: "Usually the one who is more hurt or more activated goes first. Choose together.",
                actor: .both, input: .firstSpeaker
            ),
            ProtocolStep(
                id: "share", title: "Share",
                guidance: "Share what you felt, using \"I\". Stay with feelings rather than facts; there's no need to prove anything.",
                actor: .speaker, input: .message, perSpeaker: true
            ),
            ProtocolStep(
                id: "reflect", title: "Listen and reflect",
                guidance: "Say back what you heard, in your own words, and ask if you got it right. Listening isn't agreeing.",
                actor: .listener, input: .reflection, perSpeaker: true
            ),
            ProtocolStep(
                id: "validate", title: "Validate and empathise",
                guidance: "Let them know their feelings make sense, and that you feel it with them.",
                actor: .listener, input: .message, perSpeaker: true
            ),
            ProtocolStep(
                id: "patterns", title: "Own your pattern",
                guidance:
                    "Name a protective pattern of yours that played a part: generic yet true, without excuses. \"I know I go quiet when…\"",
                actor: .listener, input: .message, perSpeaker: true
            ),
            ProtocolStep(
                id: "reassure", title: "Reassure",
                guidance: "Offer something your partner can take in: what you value, what you're staying for.",
                actor: .listener, input: .message, perSpeaker: true
            ),
            ProtocolStep(
                id: "reconnect", title: "Reconnect",
                guidance: "How would you like to reconnect now?",
                actor: .both, input: .choice(options: ["A hug", "A walk together", "Our own ritual", "Some quiet time side by side"])
            ),
            ProtocolStep(
                id: "commitments", title: "Small commitments",
                guidance: "If it helps, add one small, concrete thing you'll do, like \"I'll text when I leave work\". Skipping is fine.",
                actor: .both, input: .commitments
            ),
            ProtocolStep(
                id: "outcome", title: "Where are we now?",
                guidance: "Does this feel repaired for you, or does it need another round another time?",
                actor: .both, input: .outcome
            ),
        ]
    )

    /// Gottman's "aftermath of a regrettable incident": feelings, realities, triggers, responsibility, plans.
    public static let gottmanAftermath = RepairProtocol(
        id: "gottman-aftermath",
        name: "Aftermath of a regrettable incident",
        summary: "Process a fight after it has cooled: feelings, each of your realities, triggers, responsibility and a plan.",
        steps: [
            ProtocolStep(
                id: "activation", title: "How activated are you?",
                guidance: "Rate how stirred up you feel right now, from 0 (calm) to 10 (flooded).", actor: .both, input: .rating
            ),
            ProtocolStep(
                id: "feelings", title: "Feelings",
                guidance: "Name the feelings you had during the incident, without saying why yet.", actor: .both, input: .message
            ),
            ProtocolStep(
                id: "who-goes-first", title: "Who describes first",
                guidance: "Choose who describes their reality first.", actor: .both, input: .firstSpeaker
            ),
            ProtocolStep(
                id: "reality", title: "Your reality",
                guidance: "Describe how you saw it, as your perception, not the truth.", actor: .speaker, input: .message, perSpeaker: true
            ),
            ProtocolStep(
                id: "summarise", title: "Summarise and validate",
                guidance: "Summarise their reality so they feel understood, and check you got it.", actor: .listener, input: .reflection,
                perSpeaker: true
            ),
            ProtocolStep(
                id: "triggers", title: "Triggers",
                guidance: "What from your past made this moment hit so hard?", actor: .both, input: .message
            ),
            ProtocolStep(
                id: "responsibility", title: "Responsibility",
                guidance: "Say what you're sorry for in your part, and what set you up for it (stress, tiredness, feeling unseen).",
                actor: .both, input: .message
            ),
            ProtocolStep(
                id: "plans", title: "Constructive plans",
                guidance: "One thing each of you can do to make the next time better.", actor: .both, input: .commitments
            ),
            ProtocolStep(
                id: "outcome", title: "Where are we now?", guidance: "Does this feel repaired for you?", actor: .both, input: .outcome
            ),
        ]
    )

    /// The Imago dialogue: mirror, validate, empathise, then swap.
    public static let imagoDialogue = RepairProtocol(
        id: "imago-dialogue",
        name: "Imago dialogue",
        summary: "One speaks while the other mirrors, validates and empathises; then you swap.",
        steps: [
            ProtocolStep(
                id: "activation", title: "How activated are you?",
                guidance: "Rate how stirred up you feel right now, from 0 (calm) to 10 (flooded).", actor: .both, input: .rating
            ),
            ProtocolStep(
                id: "who-goes-first", title: "Who sends first", guidance: "Choose who speaks first.", actor: .both, input: .firstSpeaker
            ),
            ProtocolStep(
                id: "send", title: "Send", guidance: "Speak from \"I\": what happened for you and what you felt.", actor: .speaker,
                input: .message, perSpeaker: true
            ),
            ProtocolStep(
                id: "mirror", title: "Mirror",
                guidance: "\"If I got it, you're saying… Did I get it? Is there more?\"", actor: .listener, input: .reflection,
                perSpeaker: true
            ),
            ProtocolStep(
                id: "validate", title: "Validate",
                guidance: "\"That makes sense, because…\" You don't have to agree to see their logic.", actor: .listener,
                input: .message, perSpeaker: true
            ),
            ProtocolStep(
                id: "empathise", title: "Empathise", guidance: "\"I imagine you might be feeling…\"", actor: .listener, input: .message,
                perSpeaker: true
            ),
            ProtocolStep(
                id: "outcome", title: "Where are we now?", guidance: "Does this feel repaired for you?", actor: .both, input: .outcome
            ),
        ]
    )
}
