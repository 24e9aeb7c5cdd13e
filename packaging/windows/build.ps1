<#
.SYNOPSIS
  Build the Windows bundle and MSI of innodraft: venv, translations, PyInstaller
  one-folder bundle (smoke-tested), optional code signing, WiX 3 candle/light.

.DESCRIPTION
  Run from the repository root on Windows with Python 3.11 on PATH and WiX
  Toolset 3.x installed (the WIX environment variable points at it; the
  GitHub workflow .github/workflows/windows.yml does both):

    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

  Output: dist\innodraft\ (the bundle), dist\innodraft-<version>.msi,
  build\packaging\report.json (size, timings, smoke results).

  Code signing (needs the organisation's own code-signing certificate; without
  it the build is unsigned and Windows SmartScreen will warn):
    SIGN_CERT_PFX_BASE64   the certificate with private key, .pfx, base64-encoded
    SIGN_CERT_PASSWORD     its password
    SIGN_TIMESTAMP_URL     RFC 3161 timestamp server of the certificate's CA
                           (default http://timestamp.digicert.com)
  When SIGN_CERT_PFX_BASE64 is set, every executable and library of the bundle
  that is not already validly signed is signed before it is packed, and then
  the MSI itself: SHA-256, with a timestamp so the signatures outlive the
  certificate. A certificate in a hardware token or a cloud HSM needs its own
  signtool arguments: replace Invoke-Sign's /f /p with /sha1 <thumbprint> (or the
  vendor's tool).
#>
[CmdletBinding()]
param(
  [string]$Python = "python",
  [switch]$SkipSmoke
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
  Write-Host "== $What"
  & $Block
  if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# --- environment ------------------------------------------------------------
if (-not (Test-Path .venv\Scripts\python.exe)) {
  Invoke-Checked "venv" { & $Python -m venv .venv }
}
$Py = (Resolve-Path .venv\Scripts\python.exe).Path
Invoke-Checked "pip" { & $Py -m pip install -q --upgrade pip }
Invoke-Checked "install (constraints, build extra)" { & $Py -m pip install -q -c constraints.txt -e ".[build]" }
Invoke-Checked "translations" { & $Py -m innodraft.gui.build_translations }

$Version = (& $Py -c "import innodraft; print(innodraft.__version__)").Trim()
Write-Host "innodraft $Version"

# --- bundle -----------------------------------------------------------------
$env:QT_QPA_PLATFORM = "offscreen"
$buildArgs = @("packaging\build.py")
if ($SkipSmoke) { $buildArgs += "--no-smoke" }
Invoke-Checked "PyInstaller bundle and frozen smoke test" { & $Py @buildArgs }

# --- signing ----------------------------------------------------------------
$Signing = [bool]$env:SIGN_CERT_PFX_BASE64
$Pfx = Join-Path $env:RUNNER_TEMP "innodraft-signing.pfx"
if (-not $env:RUNNER_TEMP) { $Pfx = Join-Path $env:TEMP "innodraft-signing.pfx" }
$TimestampUrl = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }

function Find-SignTool {
  $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
  $found = Get-ChildItem $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
    Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending | Select-Object -First 1
  if (-not $found) { throw "signtool.exe not found (install the Windows SDK)" }
  return $found.FullName
}

function Invoke-Sign([string[]]$Files, [string]$Description) {
  if (-not $Signing -or $Files.Count -eq 0) { return }
  $signtool = Find-SignTool
  for ($i = 0; $i -lt $Files.Count; $i += 50) {
    $chunk = $Files[$i..([Math]::Min($i + 49, $Files.Count - 1))]
    Invoke-Checked "sign $Description ($($chunk.Count) files)" {
      & $signtool sign /fd sha256 /f $Pfx /p $env:SIGN_CERT_PASSWORD /tr $TimestampUrl /td sha256 /d "innodraft" @chunk
    }
  }
}

if ($Signing) {
  [IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:SIGN_CERT_PFX_BASE64))
  $unsigned = Get-ChildItem dist\innodraft -Recurse -Include *.exe, *.dll, *.pyd |
    Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } |
    ForEach-Object { $_.FullName }
  Invoke-Sign $unsigned "bundle executables and libraries"
} else {
  Write-Host "== signing skipped: SIGN_CERT_PFX_BASE64 is not set (unsigned build)"
}

# --- MSI with WiX 3 -----------------------------------------------------------
if (-not $env:WIX) { throw "WiX Toolset 3 not found (the WIX environment variable is not set)" }
$WixBin = Join-Path $env:WIX "bin"
$Obj = "build\packaging\msi"
New-Item -ItemType Directory -Force $Obj | Out-Null
Invoke-Checked "WiX file list" { & $Py packaging\msi.py --files-only "$Obj\files.wxs" }
$varsJson = & $Py -c "import json, sys; sys.path.insert(0, 'packaging'); import msi; print(json.dumps(msi.preprocessor_variables(r'dist\innodraft', r'build\packaging\innodraft.ico')))"
$vars = $varsJson | ConvertFrom-Json
$defines = $vars.PSObject.Properties | ForEach-Object { "-d$($_.Name)=$($_.Value)" }
Invoke-Checked "candle" {
  & (Join-Path $WixBin candle.exe) -nologo -arch x64 @defines -out "$Obj\" packaging\windows\innodraft.wxs "$Obj\files.wxs"
}
$Msi = "dist\innodraft-$Version.msi"
# ICE61 warns about AllowSameVersionUpgrades (wanted: a rebuild of the same version replaces it).
Invoke-Checked "light" {
  & (Join-Path $WixBin light.exe) -nologo -sice:ICE61 -out $Msi "$Obj\innodraft.wixobj" "$Obj\files.wixobj"
}
Invoke-Sign @((Resolve-Path $Msi).Path) "MSI"
if ($Signing) { Remove-Item $Pfx -Force }

$size = [Math]::Round((Get-Item $Msi).Length / 1MB, 1)
Write-Host "== $Msi ($size MiB)"
