using SpasmCoach.E2E.Hosting;

[assembly: AssemblyFixture(typeof(SpasmCoachApp))]
