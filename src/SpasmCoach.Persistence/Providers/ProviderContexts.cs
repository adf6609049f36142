using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SpasmCoach.Persistence.Providers;

/// <summary>The model on SQLite; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteSpasmCoachDbContext(DbContextOptions<SqliteSpasmCoachDbContext> options) : SpasmCoachDbContext(options);

/// <summary>The model on PostgreSQL; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresSpasmCoachDbContext(DbContextOptions<PostgresSpasmCoachDbContext> options) : SpasmCoachDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSpasmCoachDbContext>
{
    public SqliteSpasmCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSpasmCoachDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSpasmCoachDbContext>
{
    public PostgresSpasmCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSpasmCoachDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
