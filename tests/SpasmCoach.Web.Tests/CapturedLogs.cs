using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SpasmCoach.Web.Tests;

/// <summary>Every log entry the app writes, as text: message, structured values, scopes and exception.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => sink._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }
            sink._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }
            sink._entries.Enqueue(new CapturedLog(logLevel, category, string.Join(" | ", parts)));
        }
    }
}

public sealed record CapturedLog(LogLevel Level, string Category, string Text);
