using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SreBot.FakeAzure;

/// <summary>
/// The fake's TLS trust: a test CA generated once per process and a leaf for 127.0.0.1/localhost it signs. Trust reaches
/// the product only through <c>SSL_CERT_FILE</c> (the system CA bundle plus the test CA), which .NET on Linux reads once,
/// at its first chain validation; call <see cref="Install"/> from a module initializer, before any TLS in the process.
/// </summary>
public static class FakeAzureTrust
{
    private static readonly Lazy<(X509Certificate2 Ca, X509Certificate2 Leaf)> Certificates = new(Create);
    private static readonly Lock Gate = new();
    private static string? bundlePath;

    public static X509Certificate2 ServerCertificate => Certificates.Value.Leaf;

    public static void Install()
    {
        lock (Gate)
        {
            if (bundlePath is not null)
            {
                return;
            }

            var system = new[] { "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt" }.FirstOrDefault(File.Exists);
            var path = Path.Combine(Path.GetTempPath(), $"srebot-fake-azure-ca-{Environment.ProcessId}-{Guid.NewGuid():N}.pem");
            var bundle = (system is null ? string.Empty : File.ReadAllText(system) + "\n") + Certificates.Value.Ca.ExportCertificatePem() + "\n";
            File.WriteAllText(path, bundle);
            // .NET on Unix keeps its own copy of the environment; OpenSSL (which loads the root store) reads the native one.
            Environment.SetEnvironmentVariable("SSL_CERT_FILE", path);
            if (!OperatingSystem.IsWindows() && NativeEnvironment.SetEnv("SSL_CERT_FILE", path, 1) != 0)
            {
                throw new InvalidOperationException("SSL_CERT_FILE could not be set for the process.");
            }
            bundlePath = path;
            // The bundle lives as long as the process that wrote it (children it starts read it at their start).
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(path);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temp file left behind is harmless; exiting must not fail because of it.
        }
    }

    private static (X509Certificate2, X509Certificate2) Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=SreBot Fake Azure Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));

        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=localhost", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        leafRequest.CertificateExtensions.Add(names.Build());
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        leafRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var signed = leafRequest.Create(ca, now.AddMinutes(-5), now.AddDays(1), RandomNumberGenerator.GetBytes(12));
        using var withKey = signed.CopyWithPrivateKey(leafKey);
        var leaf = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
        return (X509CertificateLoader.LoadCertificate(ca.RawData), leaf);
    }
}
