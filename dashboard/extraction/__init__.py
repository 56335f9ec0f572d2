"""The extraction rules, one module per stage; `dashboard.extract` is the public entry
(`extract`, `extract_many`, `cli_extract`, `EXTRACTOR_VERSION`).

`document._DocumentAnalysis` is one document's analysis, assembled from a mixin class per stage;
the mixins share its state (`self.doc`, `self.cues`, `self.by_token`, the events so far, ...),
which `document.py` sets up and each module's docstring says it relies on:

| module | stage |
|---|---|
| `context.py` | word sets the rules share, the discourse `Context`, `Found`, helpers over mentions and the parse |
| `dateline.py` | wire datelines: the text as parsed and the place a dateline names |
| `document.py` | `_DocumentAnalysis`: set-up, the walk over sentences, the order in which stages run |
| `triggers.py` | which tokens are event cues; what a cue verb's objects are |
| `phrases.py` | who an actor is: noun phrases, pronouns, antecedents, "the two leaders" |
| `roles.py` | who fills a verb's roles: subjects, prepositional objects, owners |
| `verb_events.py` | events a cue verb (or verb-lexicon verb) triggers |
| `noun_events.py` | events a cue noun names; what "the launch" refers back to |
| `clause_events.py` | events read from modals, "together with", promised responses, ... |
| `targets.py` | the other side when the parse names no one: threats, verdicts, wars, places, recipients |
| `reactions.py` | what a reaction, rejection or denial answers, and who made it |
| `emit.py` | writing an event and recording it for later sentences |
| `status.py` | status, attribution, denials |
| `when.py` | dates and places |
| `relationships.py` | standing relationships |
| `issuer.py` | who "we" is: the body an official text's heading names, or its reporter |
"""
