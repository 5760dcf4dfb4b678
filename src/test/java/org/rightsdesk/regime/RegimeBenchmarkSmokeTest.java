package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the benchmark honest in every build without timing anything: its person is valid and typical. */
class RegimeBenchmarkSmokeTest {

    @Test
    void theBenchmarkPersonIsATypicalPatentWorkerWithAYearOfHistory() {
        RegimeBenchmark bench = new RegimeBenchmark();
        Assessment a = bench.assess();
        assertThat(a.status().state()).isEqualTo(StayState.LAWFUL);
        assertThat(a.status().basis()).isEqualTo(StayBasis.PATENT);
        assertThat(a.timeline()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(a.obligations()).extracting(Obligation::kind).contains(ObligationKind.PATENT_PAYMENT, ObligationKind.PATENT_REISSUE);
        assertThat(bench.assessAndWriteJson()).contains("\"rules\"");
    }
}
