/// The coach's knowledge as data: word classes and pattern rules, one file per concern
/// (`CoachLexicon+Contempt.swift`, ...). Add phrasings there; the engine needs no change.
enum CoachLexicon {
    /// Every pattern rule, in no particular order (all rules are applied to every message).
    static let rules: [PatternRule] =
        scopeRules + safetyRules + criticismRules + contemptRules + defensivenessRules + stonewallingRules
        + invalidationRules + assumedIntentRules + factLitigationRules + promiseRules + apologyRules
        + fixingRules + sharingRules + listeningRules + connectionRules + broadHarmRules + broadRepairRules + broadVariantRules
        + everydayRules

    /// Every word class, by name (at most 128).
    static let wordClasses: [(name: String, words: [String])] = [
        ("filler", fillerWords),
        (
            "interjection",
            [
                "well", "oh", "ok", "okay", "so", "um", "uh", "look", "listen", "hey", "babe", "honey", "yeah", "ugh", "aw", "aww", "wow",
                "hmm", "seriously", "also", "and", "but", "then", "now",
            ]
        ),
        ("you_are_cue", youAreCueWords),
        ("trait", traitWords),
        ("trait_noun", traitNouns),
        ("insult_noun", insultNouns),
        ("insult_adjective", insultAdjectives),
        ("sarcastic_address", sarcasticAddresses),
        ("drama", dramaWords),
        ("feeling", feelingWords),
        ("arousal", arousalWords),
        ("hard_adjective", hardAdjectives),
        ("positive_trait", positiveTraits),
        ("number", numberWords),
        ("time", timeWords),
        ("day", dayWords),
        ("evidence", evidenceWords),
        ("relation", relationWords),
        ("partner", partnerWords),
        ("aggressor", aggressorWords),
        ("violent_past", violentPastVerbs),
        ("violent_present", violentPresentVerbs),
        ("violent_base", violentBaseVerbs),
        ("body_part", bodyParts),
        ("controlled_thing", controlledThings),
        ("dismissive", dismissiveWords),
        ("excuse_state", excuseStates),
        ("advice_verb", adviceVerbs),
        ("relational_verb", relationalVerbs),
        ("self_trait", selfTraits),
        ("mean_intent", meanIntentVerbs),
        ("affection_verb", affectionVerbs),
        ("person_object", personObjects),
        ("self_action", selfActions),
        ("leisure", leisureWords),
        ("errand_verb", errandVerbs),
        ("owner", ["my", "your", "the", "our", "his", "her", "their"]),
        ("errand_item", errandItems),
        ("errand_outcome", errandOutcomes),
        ("errand_service", errandServices),
        ("errand_place", errandPlaces),
    ]
}
