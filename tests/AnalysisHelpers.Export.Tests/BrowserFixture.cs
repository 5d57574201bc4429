[assembly: AssemblyFixture(typeof(AnalysisHelpers.Export.Tests.BrowserFixture))]

namespace AnalysisHelpers.Export.Tests;

/// <summary>
/// One Chromium for the whole test run. Tests that need it skip when no browser is installed, and fail when
/// one is installed but does not start.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private StaticChartRenderer? _renderer;
    private BrowserLocation? _location;
    private Exception? _startFailure;

    public async ValueTask InitializeAsync()
    {
        _location = BrowserLocator.Find();
        if (!_location.Found)
            return;
        try
        {
            _renderer = await StaticChartRenderer.StartAsync(_location);
        }
        catch (Exception e)
        {
            _startFailure = e;
        }
    }

    public StaticChartRenderer Renderer
    {
        get
        {
            if (_startFailure is not null)
                throw new InvalidOperationException($"A browser was found at {_location?.ExecutablePath} but did not start.", _startFailure);
            if (_renderer is null)
                Assert.Skip($"Needs a Chromium-family browser. {_location?.Message}");
            return _renderer;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_renderer is not null)
            await _renderer.DisposeAsync();
    }
}
