import Testing
@testable import JCMUnits

@Suite struct DimensionTests {
    @Test func productsCancelAndCommute() {
        let power = Dimension.energy / .time
        #expect(power * .time == .energy)
        #expect(Dimension.time * power == .energy)
        #expect((power / power).isDimensionless)
        #expect(Dimension.co2 / .energy * .energy == .co2)
        #expect(Dimension.energy * .co2 == Dimension.co2 * .energy)
        #expect(Set([Dimension.energy * .co2, Dimension.co2 * .energy]).count == 1)
        #expect(Dimension(["energy": 1, "time": 0]) == .energy)
        #expect(Dimension(["mass": 2, "CO2": -1]) == Dimension.mass.raised(to: 2) / .co2)
    }

    @Test func powersOfZeroOneAndMinusTwo() {
        let intensity = Dimension.co2 / .energy
        #expect(intensity.raised(to: 0) == .none)
        #expect(intensity.raised(to: 1) == intensity)
        #expect(intensity.raised(to: -2) == Dimension(["energy": 2, "CO2": -2]))
    }

    @Test func descriptionsNameTheBasesInOrder() {
        #expect(Dimension.none.description == "dimensionless")
        #expect((Dimension.energy / .time).description == "power")
        #expect((Dimension.co2 / .energy).description == "CO2/energy")
        #expect((Dimension.time * .energy * .co2).description == "CO2·energy·time")
        #expect(Dimension(["time": -1, "energy": -2]).description == "1/energy^2·time")
        #expect((Dimension.currency("JPY") / (Dimension.energy * .time)).description == "JPY/energy·time")
    }
}
