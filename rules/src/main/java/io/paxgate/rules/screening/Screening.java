package io.paxgate.rules.screening;

import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.risk.Hit;
import io.paxgate.rules.risk.RiskAssessment;

import java.util.List;

/**
 * What screening found about one traveller: every hit and the decision they add up to.
 *
 * @param pnr null when the traveller came from a PAXLST
 */
public record Screening(Flight flight, Traveller traveller, Pnr pnr, List<Hit> hits, RiskAssessment assessment) {
}
