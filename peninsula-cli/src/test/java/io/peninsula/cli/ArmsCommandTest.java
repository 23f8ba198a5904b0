package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArmsCommandTest {
  @Test
  void armsFit_csv_oneRowPerModelWithHoldout() {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--holdout", "2014-2018", "--bootstrap", "50", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo(ArmsReport.CSV_HEADER);
    assertThat(lines[1]).startsWith("richardson,USA,CHN,sipri,1989,2013,2014,2018,5,");
    assertThat(lines[2]).startsWith("random_walk,USA,CHN,sipri,1989,2013,2014,2018,5,");
    assertThat(lines[3]).startsWith("ar1,USA,CHN,sipri,1989,2013,2014,2018,5,");
  }

  @Test
  void armsFit_sameSeed_identicalTable() {
    var a = CliRunner.run("arms", "fit", "--dyad", "ROK,JPN", "--from", "1990", "--bootstrap", "200", "--seed", "3");
    var b = CliRunner.run("arms", "fit", "--dyad", "ROK,JPN", "--from", "1990", "--bootstrap", "200", "--seed", "3");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out()).contains("fitted 1990-2013 (24 years)").contains("best dynamic forecast: ");
  }

  @Test
  void armsFit_northKoreaInSipri_exit2SaysThereIsNoSeries() {
    var r = CliRunner.run("arms", "fit", "--dyad", "ROK,PRK");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: sipri has no military expenditure for \"PRK\" (states: USA, UKG, FRN, GMY, POL, ITA, RUS, UKR, CHN, ROK, JPN);"
        + " SIPRI publishes no series for North Korea: use --data nmc (COW NMC, 1990-2001 only)\n");
  }

  @Test
  void armsFit_holdoutNotEndingAtTo_exit2() {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--to", "2016", "--holdout", "2014-2018");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --holdout 2014-2018 must end at --to 2016 (the held-out years are the last of the window)\n");
  }

  @Test
  void armsFit_windowTooShort_exit2NamesTheFix() {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--from", "2010", "--holdout", "2014-2018");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: cannot fit USA-CHN: the fit window 2010-2013 has 4 years; the Richardson fit needs at least 5"
        + " (widen --from/--to or shorten --holdout)\n");
  }
}
