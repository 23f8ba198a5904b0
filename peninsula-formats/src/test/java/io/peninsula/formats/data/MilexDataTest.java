package io.peninsula.formats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Values checked by hand against the bundled subsets (and README: USA 2018 = 648 798.3). */
class MilexDataTest {
  @Test
  void sipri_usa2018_currentDollarsMillions() {
    assertThat(MilexData.sipri().series("USA", 2018, 2018).at(2018)).isEqualTo(648798.3);
  }

  @Test
  void sipri_northKorea_refusedWithPointerToNmc() {
    assertThatThrownBy(() -> MilexData.sipri().series("PRK", 2000, 2001))
        .hasMessageContaining("SIPRI publishes no series for North Korea: use --data nmc");
  }

  @Test
  void nmc_northKorea1990_thousandsTurnedIntoMillions_andMissingAfter2001() {
    MilexData nmc = MilexData.nmc();
    assertThat(nmc.series("PRK", 1990, 1990).at(1990)).isCloseTo(5230.0, within(1e-9));
    assertThat(nmc.commonWindow("ROK", "PRK")).containsExactly(1990, 2001);
    assertThatThrownBy(() -> nmc.series("PRK", 2000, 2003)).hasMessage("nmc has no value for PRK in 2002 (PRK has 1990-2001)");
  }

  @Test
  void sipri_commonWindow_usaChina_1989to2018() {
    assertThat(MilexData.sipri().commonWindow("USA", "CHN")).containsExactly(1989, 2018);
  }
}
